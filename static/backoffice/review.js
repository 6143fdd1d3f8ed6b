// Ties each field row to its box on the page image: focus a field and its box lights up, and the reverse.
(function () {
  function light(name, on) {
    document.querySelectorAll('[data-field="' + name + '"]').forEach(function (el) { el.classList.toggle("active", on); });
    var row = document.getElementById("field-" + name);
    if (row) row.classList.toggle("active", on);
  }
  document.querySelectorAll("tr[id^=field-]").forEach(function (row) {
    var name = row.id.slice(6);
    row.addEventListener("focusin", function () {
      light(name, true);
      var box = document.querySelector('.box[data-field="' + name + '"]');
      if (box) box.scrollIntoView({ block: "nearest" });
    });
    row.addEventListener("focusout", function () { light(name, false); });
    row.addEventListener("mouseenter", function () { light(name, true); });
    row.addEventListener("mouseleave", function () { light(name, false); });
  });
  document.querySelectorAll(".box[data-field]").forEach(function (box) {
    box.addEventListener("mouseenter", function () { light(box.dataset.field, true); });
    box.addEventListener("mouseleave", function () { light(box.dataset.field, false); });
  });
})();

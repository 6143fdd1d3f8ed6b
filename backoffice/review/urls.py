from django.urls import path

from . import views

app_name = "review"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/correct", views.correct, name="correct"),
    path("<int:pk>/approve", views.approve, name="approve"),
    path("<int:pk>/reject", views.reject, name="reject"),
]

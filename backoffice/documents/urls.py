from django.urls import path

from . import views

app_name = "documents"
urlpatterns = [
    path("upload/", views.upload, name="upload"),
    path("documents/", views.document_list, name="list"),
    path("documents/<int:pk>/", views.document_detail, name="detail"),
    path("documents/<int:pk>/file", views.document_file, name="file"),
    path("documents/<int:pk>/pages/<int:page>.png", views.document_page_image, name="page_image"),
]

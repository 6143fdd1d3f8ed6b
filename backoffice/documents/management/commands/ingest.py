from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backoffice.documents.models import Document
from backoffice.documents.services import DocumentTooLarge, document_ingest

SUFFIXES = {".pdf", ".eml", ".csv", ".txt"}


class Command(BaseCommand):
    help = "Ingest files, or every .pdf/.eml/.csv/.txt under the given folders, as documents."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths: list[Path], **options) -> None:
        files = list(self._files(paths))
        created = 0
        for path in files:
            try:
                with path.open("rb") as handle:
                    outcome = document_ingest(
                        chunks=iter(lambda h=handle: h.read(1 << 20), b""),
                        filename=path.name,
                        source=Document.Source.CLI,
                        actor=None,
                    )
            except (OSError, DocumentTooLarge) as exc:
                self.stderr.write(f"{path}: refused: {exc}")
                continue
            document = outcome.document
            if outcome.created:
                created += 1
                self.stdout.write(f"{path}: document #{document.pk}")
            else:
                self.stdout.write(f"{path}: duplicates document #{document.pk}")
        self.stdout.write(f"{created} new of {len(files)} files")

    def _files(self, paths: list[Path]):
        for path in paths:
            if path.is_dir():
                yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            elif path.is_file():
                yield path
            else:
                raise CommandError(f"{path}: no such file or folder")

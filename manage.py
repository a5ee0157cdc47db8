#!/usr/bin/env python
"""Django's command-line utility for RightsPath."""

import os
import sys
from pathlib import Path


def main() -> None:
    # site/ is a source folder, not a package (the standard library owns "site"). The
    # editable install puts it on the path too; this keeps manage.py working before it.
    sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()

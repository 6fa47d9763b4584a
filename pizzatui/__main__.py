"""Let ``python -m pizzatui`` run the game like the ``pizzatui`` command."""

import sys

from pizzatui.cli import main

sys.exit(main())

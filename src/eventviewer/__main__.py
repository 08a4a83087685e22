import sys

from eventviewer.cli import main

sys.exit(main())

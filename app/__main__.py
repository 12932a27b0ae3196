import sys

from app.entry import run

sys.exit(run())

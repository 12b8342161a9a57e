"""`python -m hooks.translations`: start, stamp or compare a translation (see `stamps`)."""

import sys

from hooks.translations.stamps import main

sys.exit(main())

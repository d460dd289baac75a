"""The bundled program's entry point: the same as the ``policywright`` console script.

With POLICYWRIGHT_BUNDLE_SELF_TEST=1 in the environment it instead checks that the bundled Qt
works (see selftest.py) and prints what it found; the installer tests use this.
"""

import os
import sys

if __name__ == "__main__":
    if os.environ.get("POLICYWRIGHT_BUNDLE_SELF_TEST") == "1":
        from selftest import run_self_test

        sys.exit(run_self_test())
    from editor.cli import main

    sys.exit(main())

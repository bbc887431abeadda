"""`python -m netevent` runs the command line."""

from netevent.cli import main

if __name__ == "__main__":
    main()

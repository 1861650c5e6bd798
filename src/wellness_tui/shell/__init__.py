"""The plain-text front end: shell commands and `read`. No Textual, no argparse objects."""

"""SealDesk: the district office's workbench for the Gender Equality Seal self-assessment."""

__version__ = "0.1.0"

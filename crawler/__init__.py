"""nianbao: archival crawler for government information-disclosure annual reports."""

__version__ = "0.1.0"
SOFTWARE = f"nianbao/{__version__}"  # how the archive's WARC files name the program that wrote them

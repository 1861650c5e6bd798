"""The appointment report: gathering (build) and one module per output format."""

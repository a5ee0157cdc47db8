"""Forms of the paralegal programme, one module per area."""

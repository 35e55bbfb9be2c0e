"""The Dagster layer, one module per concern (assembled in ``orchestration.definitions``)."""

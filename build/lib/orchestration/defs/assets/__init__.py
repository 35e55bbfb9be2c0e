"""Asset definitions: raw files, warehouse facts, dbt marts, published snapshot."""

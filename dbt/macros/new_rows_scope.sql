{#- Data tests tagged `meta: {scope: new_rows}` (the row-local tests of the staging views) read
    only the rows loaded since every such test last passed on this version of the project.

    Why: at 10,000 reports these tests read 1.7 million facts through the current-documents join
    at every refresh, about a second on the critical path of a one-report build (README "Scale").
    Why it is the same verdict: each row passes or fails on its own, rows are never edited (a
    changed report is a new load with a new loaded_at), and the vocabularies and seeds the tests
    compare with are part of the project's fingerprint.

    The mark is a row of main.check_watermarks (the Python fact checks' marks) whose key starts
    with `dbt new-row tests@` and ends with the fingerprint of the project and of these tests
    (orchestration/dbt_state.py). The dbt asset drops a mark of another fingerprint before the
    build and writes the new one after a build in which every such test passed; a warning keeps
    the old mark, so the offending rows are tested again at every build until their file changes.
    Without the table (a warehouse built by hand) or without a mark, every row is tested.

    dbt's own `get_where_subquery` (the `where` config) is kept: both filters apply. -#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where') -%}
    {%- set meta = config.get('meta') or {} -%}
    {%- if meta.get('scope') == 'new_rows' -%}
        {%- set marks = adapter.get_relation(database=relation.database, schema='main', identifier='check_watermarks') -%}
        {%- if marks is not none -%}
            {%- set since -%}
                loaded_at > (select coalesce(max(checked_through), timestamp '-infinity') from {{ marks }}
                             where check_key like '{{ new_rows_mark_prefix() }}%')
            {%- endset -%}
            {%- set where = since if not where else '(' ~ where ~ ') and ' ~ since -%}
        {%- endif -%}
    {%- endif -%}
    {%- if where -%}
        {%- do return('(select * from ' ~ relation ~ ' where ' ~ where ~ ') dbt_subquery') -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}

{#- The key prefix of the mark: NEW_ROWS_MARK_PREFIX in orchestration/dbt_state.py (a test keeps them equal). -#}
{% macro new_rows_mark_prefix() -%}
dbt new-row tests@
{%- endmacro %}

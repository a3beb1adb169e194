"""The studies added last: the home page lists them, the side-by-side chooser offers them.

Read through the index on ``sources.ingested_at`` (the latest ``:scan`` sources, then their
studies), so the cost does not grow with the database; grouping every study by its latest
source took seconds at 100,000 studies (bench/run.py, #16).
"""

LATEST_STUDIES = """
select study_sources.study_id, max(latest.ingested_at) as added
from (select id, ingested_at from sources order by ingested_at desc limit :scan) as latest
join study_sources on study_sources.source_id = latest.id
group by study_sources.study_id order by added desc, study_sources.study_id limit :n
"""

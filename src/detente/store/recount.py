"""GDELT-style counts of unique events, recomputed from the mentions so reruns cannot drift."""

# For the given event ids: num_mentions = mention rows, num_articles = distinct (canonical)
# articles, num_sources = distinct sources among those articles *and their duplicates* (the same
# wire story on three sites is one article but three sources). The representative mention is the
# most confident one, ties broken by id, so the choice does not depend on arrival order. An event
# is relevant when any of its mentions is; an irrelevant one keeps its best mention's reason.
RECOUNT_SQL = """
WITH touched AS (SELECT unnest(?::VARCHAR[]) AS event_id),
m AS (SELECT mentions.* FROM mentions JOIN touched USING (event_id)),
per AS (
    SELECT event_id,
           count(*) AS num_mentions,
           count(DISTINCT article_id) AS num_articles,
           max(confidence) AS confidence,
           min(sentence_index) AS first_sentence_index,
           first(mention_id ORDER BY confidence DESC, mention_id) AS mention_id,
           bool_or(coalesce(relevant, true)) AS relevant,
           first(relevance ORDER BY confidence DESC, mention_id) AS relevance
    FROM m GROUP BY event_id
),
reporting AS (SELECT DISTINCT event_id, article_id FROM m),
reach AS (
    SELECT r.event_id, a.source_key FROM reporting r JOIN articles a ON a.id = r.article_id
    UNION ALL
    SELECT r.event_id, d.source_key
    FROM reporting r JOIN articles d ON d.duplicate_of = r.article_id
),
sources AS (
    SELECT event_id, count(DISTINCT source_key) AS num_sources FROM reach GROUP BY event_id
),
counted AS (
    SELECT per.*, sources.num_sources, rep.article_id, rep.lexicon_version,
           coalesce(art.url, art.origin) AS source_url
    FROM per
    JOIN sources USING (event_id)
    JOIN mentions rep ON rep.mention_id = per.mention_id
    JOIN articles art ON art.id = rep.article_id
)
UPDATE events SET
    num_mentions = counted.num_mentions,
    num_articles = counted.num_articles,
    num_sources = counted.num_sources,
    confidence = counted.confidence,
    first_sentence_index = counted.first_sentence_index,
    mention_id = counted.mention_id,
    article_id = counted.article_id,
    source_url = counted.source_url,
    lexicon_version = counted.lexicon_version,
    relevant = counted.relevant,
    relevance = CASE WHEN counted.relevant THEN NULL ELSE counted.relevance END
FROM counted
WHERE events.event_id = counted.event_id
"""

# After a recode, events that no mention reports any more are gone (DuckDB returns the count).
DELETE_ORPHANS_SQL = """
DELETE FROM events
WHERE event_id IN (SELECT unnest(?::VARCHAR[]))
  AND event_id NOT IN (SELECT event_id FROM mentions)
"""

"""Near-duplicate fingerprints: the same story in other site furniture matches, others do not."""

from __future__ import annotations

import numpy as np

from detente.clean.dedupe import BANDS, fingerprint, jaccard, resolve_duplicate

STORY = (
    "The king of Arnor met the steward of Gondor in Osgiliath on Tuesday. The two leaders "
    "discussed the river trade, the northern roads and the long winter that closed the mountain "
    "passes for three months. Officials from both courts said the talks were frank and useful, "
    "and that a second round would follow before the harvest festival in the autumn."
)
OTHER = (
    "Rohan accused Dunland of raiding the western farms. Riders found burned barns along the "
    "Isen and the king ordered the fords to be guarded through the winter by three companies."
)


def test_identical_texts_share_hash_and_signature() -> None:
    a, b = fingerprint(STORY), fingerprint(STORY)
    assert a.content_hash == b.content_hash and jaccard(a.signature, b.signature) == 1.0
    assert len(a.bands) == BANDS


def test_the_same_story_with_different_site_furniture_is_a_near_duplicate() -> None:
    stored = fingerprint(
        "Bree Gazette | Home | News\n" + STORY + "\nShare this story. Advertisement."
    )
    new = fingerprint("MINAS TIRITH HERALD — Subscribe\n" + STORY + "\nMost read today.")
    found = resolve_duplicate(new, [("first", stored)])
    assert found is not None and found.article_id == "first" and found.similarity >= 0.5


def test_a_cut_down_copy_is_a_duplicate_of_the_full_story() -> None:
    first_half = STORY[: STORY.index(" Officials")]
    found = resolve_duplicate(fingerprint(first_half), [("full", fingerprint(STORY))])
    assert found is not None and found.article_id == "full"


def test_a_different_story_is_not_a_duplicate() -> None:
    assert resolve_duplicate(fingerprint(OTHER), [("story", fingerprint(STORY))]) is None


def test_the_most_similar_candidate_wins() -> None:
    near = fingerprint(STORY + " A late addition.")
    far = fingerprint(STORY[: STORY.index(" Officials")])
    found = resolve_duplicate(fingerprint(STORY), [("far", far), ("near", near)])
    assert found is not None and found.article_id == "near"


def test_signatures_equal_datasketch_affine32_minhash() -> None:
    """Our MinHash is datasketch's "affine32" with seed 1: stored signatures stay valid."""
    from datasketch import MinHash

    from detente.clean.dedupe import NUM_PERM, shingles, signature

    for text in (STORY, OTHER, "one", STORY.upper() + " 12345"):
        grams = shingles(text)
        reference = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
        reference.update_batch(list(grams))
        assert (signature(grams) == reference.hashvalues.astype(np.uint32)).all()

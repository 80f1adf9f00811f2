"""no_cycle_collection: the collector paused around a bulk step, and what the step made not traversed again."""

from __future__ import annotations

import gc

from kpu_desktop.sync.engine import no_cycle_collection


def _in_generation(obj, generation: int) -> bool:
    return any(o is obj for o in gc.get_objects(generation=generation))


def test_the_collector_is_paused_and_resumes():
    assert gc.isenabled()
    with no_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_a_step_made_goes_to_the_oldest_generation():
    with no_cycle_collection():
        made = [[n] for n in range(10_000)]
    # Left young, the next collection would traverse all of it once more.
    assert _in_generation(made, 2) and _in_generation(made[0], 2)
    assert not _in_generation(made, 0)


def test_a_collector_paused_by_the_caller_stays_paused():
    gc.disable()
    try:
        with no_cycle_collection():
            made = [[n] for n in range(100)]
        assert not gc.isenabled()
        assert _in_generation(made, 0)  # nothing moved either
    finally:
        gc.enable()

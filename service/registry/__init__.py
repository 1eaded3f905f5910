"""The procedure registry: the TTHC a province has published, and for each of them at each
tier the approved internal procedure and the electronic procedure.

* ``normalise`` reads one printed value of a published list (code, tiers, time limit…);
* ``importer`` reads a whole list (CSV or ``.xlsx``) into rows and problems;
* ``coverage`` computes the §CHUNG report (100% of TTHC with both procedures).

These modules are pure: no database. Storage and the engine's registry hooks build on them.
"""

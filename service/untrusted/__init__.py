"""Files sent by anyone, read safely: zips checked as they really inflate
(:mod:`service.untrusted.zips`) and readers run in a process of their own with a memory and
a time limit (:mod:`service.untrusted.sandbox`)."""

"""Trust: who may call what (``auth``), the hash-chained decision log (``audit``), and the
policy generation every worker follows (``reload``)."""

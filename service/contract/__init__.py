"""The public contract's input side: the marshmallow schemas that define a submission
(``schemas``) and the fast loader compiled from them (``fastload``)."""

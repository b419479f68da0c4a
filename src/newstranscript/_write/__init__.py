"""The writers: pure functions of a :class:`Story`, which never import the parser."""

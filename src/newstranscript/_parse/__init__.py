"""The parser: text in, a :class:`Story` out, one stage a module (see docs/architecture.md)."""

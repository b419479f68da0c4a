"""The converter's machinery behind ``python -m newstranscript`` (``_cli``): finding the
inputs, running them in parallel, writing the outputs safely, progress and summaries."""

"""arclean inside the tools corpus builders and scrapers already run.

* :mod:`arclean.integrations.datatrove`: :class:`ArcleanFilter`, a datatrove
  pipeline step (``pip install 'arclean[datatrove]'``);
* :mod:`arclean.integrations.scrapy`: :class:`ArcleanPipeline`, a Scrapy item
  pipeline (``pip install 'arclean[scrapy]'``).

Each module imports its framework; ``import arclean`` imports neither.  See
``docs/batch.md``.
"""

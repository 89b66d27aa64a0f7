"""What the HTTP API and the web UI show: each view's data computed once, cached per store
content (data.py, cache.py); summitry.api renders it as JSON, summitry.web as HTML pages."""

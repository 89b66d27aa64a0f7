"""summitry: press releases about multilateral diplomacy, turned into one structured record."""

__version__ = "0.1.0"
__all__ = ["__version__"]

"""AntiCorr Desktop: minutes and instruction control for an anti-corruption commission."""

__version__ = "0.1.0"

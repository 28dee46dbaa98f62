"""Data files of AntiCorr Desktop (fonts, schema, translations, icons)."""

"""PDFs: fonts, the ranking report and the contract drafts, drawn with reportlab."""

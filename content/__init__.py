"""General content pages: accessibility statement, privacy notice, cookies and the like."""

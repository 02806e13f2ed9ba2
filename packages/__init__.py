"""Course packages: a course as a folder or zip of files a trainer can edit, exported and imported whole."""

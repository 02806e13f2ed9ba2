"""Reading a package from a folder or a zip into {relative path: bytes}, and writing one back out."""

import io
import zipfile
from pathlib import Path, PurePosixPath

from packages.errors import PackageError, Problem

MAX_FILES = 2000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
IGNORED_NAMES = {".DS_Store", "Thumbs.db"}


def is_ignored(path):
    parts = PurePosixPath(path).parts
    return any(part.startswith(".") or part == "__MACOSX" for part in parts) or parts[-1] in IGNORED_NAMES


def without_common_root(files):
    """A zip of the course folder holds 'slug/course.toml': read it as if it held 'course.toml'."""
    if "course.toml" in files:
        return files
    roots = {PurePosixPath(path).parts[0] for path in files}
    if len(roots) == 1:
        return {str(PurePosixPath(*PurePosixPath(path).parts[1:])): data for path, data in files.items()}
    return files


def read_directory(directory):
    directory = Path(directory)
    if not (directory / "course.toml").is_file():
        raise PackageError([Problem(str(directory), None, "this folder has no course.toml.")])
    files = {}
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).as_posix()
        if path.is_file() and not is_ignored(relative):
            files[relative] = path.read_bytes()
    return files


def read_zip(data):
    """The files of a zipped package; unsafe names and oversized archives are refused before reading."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise PackageError([Problem("(upload)", None, "this is not a zip file.")]) from None
    members = [info for info in archive.infolist() if not info.is_dir() and not is_ignored(info.filename)]
    problems = []
    if len(members) > MAX_FILES:
        problems.append(Problem("(zip)", None, f"the zip holds more than {MAX_FILES} files."))
    if sum(info.file_size for info in members) > MAX_TOTAL_BYTES:
        problems.append(Problem("(zip)", None, "the zip unpacks to more than 200 MB."))
    for info in members:
        path = PurePosixPath(info.filename)
        if path.is_absolute() or ".." in path.parts or "\\" in info.filename:
            problems.append(Problem(info.filename, None, "a file name in the zip points outside the package."))
    if problems:
        raise PackageError(problems)
    files = without_common_root({info.filename: archive.read(info) for info in members})
    if "course.toml" not in files:
        raise PackageError([Problem("(zip)", None, "the zip has no course.toml at its top level.")])
    return files


def read_package(location):
    """A folder, or a .zip file, by path."""
    location = Path(location)
    if location.is_dir():
        return read_directory(location)
    if location.is_file():
        return read_zip(location.read_bytes())
    raise PackageError([Problem(str(location), None, "no such folder or zip file.")])


def write_directory(files, directory):
    directory = Path(directory)
    for relative, data in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def zip_bytes(files, root):
    """The package zipped inside a folder named `root`, as trainers would zip the folder."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative, data in sorted(files.items()):
            archive.writestr(f"{root}/{relative}", data)
    return buffer.getvalue()

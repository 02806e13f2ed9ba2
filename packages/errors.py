"""Problems found in a package, each with the file and line it is on, collected before anything is saved."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str

    def __str__(self):
        return f"{self.file}, line {self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


class PackageError(Exception):
    """A package that cannot be imported; `problems` lists every one found."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class Problems(list):
    """A running list of problems; `check()` raises them all at once."""

    def add(self, file, line, message):
        self.append(Problem(file, line, message))

    def add_line_messages(self, file, messages, offset=0):
        """Messages in the 'Line N: ...' form the question bank parsers write, moved by `offset` lines."""
        for message in messages:
            match = re.match(r"Line (\d+): (.*)", message, re.S)
            if match:
                self.add(file, int(match.group(1)) + offset, match.group(2))
            else:
                self.add(file, None, message)

    def check(self):
        if self:
            raise PackageError(self)

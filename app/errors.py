"""The split between problems a user can act on and bugs."""


class UserError(Exception):
    """Something the user can fix; its message is shown in the UI as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


BUG_MESSAGE = (
    "Something went wrong inside Hearth. Your conversations are safe; "
    "the details are in the log file: {log}"
)


class StorageError(Exception):
    """The conversation database could not be read or written: a full disk, a file that
    another program holds, a damaged file. The store raises it instead of sqlite3's errors;
    the message names the cause, and what the user wrote stays on screen."""

"""Errors raised by the storage layer."""


class StorageError(Exception):
    """A database problem worth telling the user about in plain words."""


class SchemaTooNew(StorageError):
    def __init__(self, found: int, supported: int):
        super().__init__(
            f"Database schema version {found} is newer than this kpu-desktop supports ({supported}); "
            "install a newer kpu-desktop to open it."
        )
        self.found = found
        self.supported = supported


class NotFound(StorageError):
    pass

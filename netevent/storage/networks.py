"""What you set for a network as a whole: how often to keep in touch with its members.

Pure Python. One small document per network you set something for
(`{"name": "Netværk Nord", "keep_in_touch": 61}`), in the `networks` table,
so that a change is one write like any other and can be undone. A network
is named as its events name it; names match without regard to case or
accents.
"""

from __future__ import annotations

from netevent.domain.text import fold
from netevent.storage.documents import Documents

__all__ = ["NetworkBook"]


class NetworkBook:
    """The per-network settings of one file.

    Args:
        docs: the file's documents (the caller writes inside its batch).
    """

    def __init__(self, docs: Documents) -> None:
        self._docs = docs
        docs.table("networks", lambda doc, key: doc)  # plain documents: no models

    def cadences(self) -> dict[str, int | None]:
        """Network name → the keep-in-touch days set for it (None: from its rhythm; 0: never)."""
        out: dict[str, int | None] = {}
        for doc in self._docs.data("networks").values():
            value = doc.get("keep_in_touch")
            out[str(doc.get("name", ""))] = value if isinstance(value, int) and not isinstance(value, bool) else None
        return out

    def cadence(self, network: str) -> int | None:
        """The keep-in-touch days set for `network`, or None."""
        wanted = fold(network)
        return next((days for name, days in self.cadences().items() if fold(name) == wanted), None)

    def set_cadence(self, network: str, days: int | None) -> None:
        """Set (or with None, forget) how often to keep in touch with `network`'s members; call inside a batch."""
        stored = self._docs.data("networks")
        wanted = fold(network)
        key = next((int(k) for k, doc in stored.items() if fold(str(doc.get("name", ""))) == wanted), None)
        if key is None:
            if days is not None:
                self._docs.insert("networks", [{"name": network, "keep_in_touch": days}])
        elif days is None:
            self._docs.remove("networks", [key])
        else:
            self._docs.put("networks", {key: dict(stored[str(key)], keep_in_touch=days)})

"""Built-in rules; importing this package registers them."""

from . import core  # noqa: F401
from . import evidence  # noqa: F401
from . import examples  # noqa: F401
from . import hygiene  # noqa: F401
from . import journeys  # noqa: F401
from . import language  # noqa: F401
from . import layout  # noqa: F401
from . import personas  # noqa: F401
from . import profiling  # noqa: F401

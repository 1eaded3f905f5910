"""The WSGI entry point: ``gunicorn --workers 2 --bind 127.0.0.1:8000 wsgi:app``.

gunicorn's own answers (a URL over ``--limit-request-line``, 414; headers too large, 431) come
in the service's JSON error shape too (``service.api.gunicorn_errors``).
"""

from service.api.gunicorn_errors import use_json_errors
from service.app import create_app

use_json_errors()
app = create_app()

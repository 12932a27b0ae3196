"""The local API follows Settings without widgets: it says when it has just started serving
(so the window can show the token once), and says a busy port in words."""

from __future__ import annotations

import socket
from dataclasses import replace

from pytestqt.qtbot import QtBot

from app.engine.worker import EngineController
from app.server.bridge import EngineBridge
from app.server.service import ApiService
from app.settings import Settings
from tests.fakes import FakeEngineFactory, Script


def test_turning_on_is_announced_once_and_a_busy_port_is_a_problem(qtbot: QtBot) -> None:
    engine = EngineController(FakeEngineFactory(Script()))
    service = ApiService(EngineBridge(engine), lambda: "secret-token")
    turned_on: list[tuple[str, str]] = []
    problems: list[str] = []
    service.turned_on.connect(lambda address, token: turned_on.append((address, token)))
    service.problem.connect(problems.append)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy_port = taken.getsockname()[1]
        try:
            service.follow(replace(Settings(), serve_api=True, api_port=0))
            assert turned_on == [(service.address, "secret-token")] and not problems
            service.follow(replace(Settings(), serve_api=True, api_port=0, max_tokens=7))
            assert len(turned_on) == 1  # already serving there: nothing new to say
            service.follow(replace(Settings(), serve_api=True, api_port=busy_port))
            assert problems and f"port {busy_port}" in problems[0]
            assert service.address is None and len(turned_on) == 1
        finally:
            service.stop()
            engine.shutdown()

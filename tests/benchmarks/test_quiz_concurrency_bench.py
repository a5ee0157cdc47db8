"""Quiz answering under load on PostgreSQL: 20 learners at once, against 1 learner alone.

Each learner starts the quiz, answers every question, sends every answer twice (a retry
after a timeout), and hands in twice (a double tap), all over HTTP to the live server. The
figure is answers saved per second, printed next to the single-learner figure of the same
run; what is asserted is that nothing was lost or duplicated, never a time.
"""

import http.cookiejar
import threading
import time
import urllib.parse
import urllib.request

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from courses.models import AttemptStatus, Enrolment, QuizAnswer, QuizAttempt
from tests.courses_factory import RIGHT, course_build
from tests.helpers import require, wagtail_base_ensure

LEARNERS = 20

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


class Learner:
    """One phone: its own cookies, its own CSRF token, plain HTTP."""

    def __init__(self, base_url: str, user):
        client = Client()
        client.force_login(user)
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )
        host = urllib.parse.urlsplit(base_url).hostname
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        self.jar.set_cookie(_cookie(settings.SESSION_COOKIE_NAME, session, host))
        self.base_url = base_url
        self.answers_sent = 0

    def get(self, path: str) -> int:
        with self.opener.open(self.base_url + path) as response:  # noqa: S310 (the live server)
            response.read()
            return response.status

    def post(self, path: str, data: dict) -> tuple[int, str]:
        token = next(c.value for c in self.jar if c.name == settings.CSRF_COOKIE_NAME)
        body = urllib.parse.urlencode(data, doseq=True).encode()
        request = urllib.request.Request(  # noqa: S310 (the live server)
            self.base_url + path, data=body, headers={"X-CSRFToken": token}
        )
        try:
            with self.opener.open(request) as response:
                return response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", "")

    def take(self, quiz_url: str) -> None:
        self.get(quiz_url)  # the quiz page sets the CSRF cookie
        status, location = self.post(quiz_url + "start/", {})
        assert status == 302, status
        attempt_path = location.rsplit("/", 2)[0]
        attempt_id = attempt_path.rsplit("/", 1)[1]
        attempt = QuizAttempt.objects.get(pk=attempt_id)
        for position, step in enumerate(attempt.plan, 1):
            data = {"question": step["id"], **RIGHT[step["id"]]}
            for _retry in range(2):
                status, _location = self.post(f"{quiz_url}attempt/{attempt_id}/{position}/", data)
                assert status == 302, status
                self.answers_sent += 1
        for _tap in range(2):
            status, location = self.post(f"{quiz_url}attempt/{attempt_id}/submit/", {})
            assert status == 302 and location.endswith("/results/"), (status, location)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _cookie(name: str, value: str, host: str) -> http.cookiejar.Cookie:
    # CookieJar files a host without a dot under "<host>.local".
    domain = host if "." in host else f"{host}.local"
    return http.cookiejar.Cookie(
        version=0,
        name=name,
        value=value,
        port=None,
        port_specified=False,
        domain=domain,
        domain_specified=False,
        domain_initial_dot=False,
        path="/",
        path_specified=True,
        secure=False,
        expires=None,
        discard=True,
        comment=None,
        comment_url=None,
        rest={},
    )


def _run(learners, quiz_url: str) -> float:
    """Answers per second with all ``learners`` at once."""
    errors = []

    def work(learner):
        try:
            learner.take(quiz_url)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(repr(error))
        finally:
            connection.close()  # this thread's own connection (it read the attempt)

    threads = [threading.Thread(target=work, args=(learner,)) for learner in learners]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    assert errors == []
    return sum(learner.answers_sent for learner in learners) / elapsed


def test_twenty_learners_answer_at_once_and_nothing_is_lost_or_duplicated(live_server, make_user):
    require(
        settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        "measured on PostgreSQL: make bench-services",
    )
    wagtail_base_ensure()
    from home.demo_content import demo_home_ensure

    built = course_build(demo_home_ensure(), max_attempts=0)
    quiz, course = built["quiz"], built["course"]
    users = [make_user(f"bench{i}") for i in range(LEARNERS + 1)]
    for user in users:
        Enrolment.objects.create(user=user, course=course)
    alone = _run([Learner(live_server.url, users[0])], quiz.url)
    together = _run([Learner(live_server.url, user) for user in users[1:]], quiz.url)
    print(
        f"\nquiz answers saved per second on PostgreSQL: 1 learner {alone:.0f}/s, "
        f"{LEARNERS} learners at once {together:.0f}/s ({together / alone:.2f}x)"
    )
    questions = len(RIGHT)
    for user in users:
        attempts = QuizAttempt.objects.filter(user=user)
        assert attempts.count() == 1  # double taps on start and hand-in made no second one
        attempt = attempts.get()
        assert attempt.status == AttemptStatus.SUBMITTED
        assert (attempt.score, attempt.max_score) == (questions, questions)
    # Every answer sent twice is stored once.
    assert QuizAnswer.objects.count() == questions * len(users)

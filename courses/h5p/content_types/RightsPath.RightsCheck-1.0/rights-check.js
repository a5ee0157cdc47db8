/*
 * Rights check (RightsPath.RightsCheck 1.0): true or false statements with kind feedback.
 *
 * Written for RightsPath's peer paralegal course. Plain ES5, no build step, no network, no
 * eval. Every text is set as text, except the introduction, which the server sanitised to
 * <p>, <strong> and <em> before it reached the player.
 *
 * xAPI: when the learner checks, each answered statement sends an "answered" statement from its
 * own sub-content object (object.id = activity IRI + "?subContentId=<uuid>", with the activity
 * as context parent), then the activity sends one "answered" statement with the score. H5P core
 * hands each event to H5P.externalDispatcher exactly once (Event.scheduleForExternal).
 *
 * Licence: MIT.
 */
var H5P = H5P || {};

H5P.RightsPathRightsCheck = (function ($, EventDispatcher) {
  'use strict';

  var UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
  var DEFAULTS = {
    trueLabel: 'True',
    falseLabel: 'False',
    checkAnswer: 'Check',
    retry: 'Try again',
    scoreText: 'You got @score of @total',
    correct: 'Correct',
    wrong: 'Not quite',
    questionLabel: 'Question @number of @total'
  };
  var NAMED_ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0'};
  var MACHINE_NAME = 'RightsPath.RightsCheck';
  var VERSION = '1.0'; // major.minor, as library.json says
  var MAX_STATEMENTS = 20; // as semantics.json allows
  var instanceCount = 0;

  /**
   * Plain text fields arrive HTML-escaped (H5P core stores them so, and so do we): decode the
   * entities so that the text can be set with textContent, never parsed as markup.
   */
  function decodeText(value) {
    if (typeof value !== 'string') {
      return '';
    }
    return value.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, function (all, name) {
      var code;
      if (name.charAt(0) === '#') {
        code = (name.charAt(1) === 'x' || name.charAt(1) === 'X') ?
          parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        if (!isFinite(code) || code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
          return all;
        }
        if (code > 0xFFFF) {
          code -= 0x10000;
          return String.fromCharCode(0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF));
        }
        return String.fromCharCode(code);
      }
      return NAMED_ENTITIES.hasOwnProperty(name) ? NAMED_ENTITIES[name] : all;
    });
  }

  function fill(template, values) {
    var text = template;
    var key;
    for (key in values) {
      if (values.hasOwnProperty(key)) {
        text = text.split(key).join(String(values[key]));
      }
    }
    return text;
  }

  /** A stable sub-content id for the question at ``index`` when the content gives none. */
  function derivedId(index) {
    var digits = String(index);
    while (digits.length < 12) {
      digits = '0' + digits;
    }
    return '00000000-0000-4000-8000-' + digits;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /**
   * One statement: its own EventDispatcher, so that its xAPI statement names it as
   * sub-content of the activity (H5P core reads subContentId, parent and contentId from it).
   */
  function Statement(parent, index, params) {
    EventDispatcher.call(this);
    params = params || {};
    this.parent = parent;
    this.contentId = parent.contentId;
    this.index = index;
    this.subContentId = (typeof params.subContentId === 'string' && UUID.test(params.subContentId)) ?
      params.subContentId.toLowerCase() : derivedId(index);
    this.text = decodeText(params.statement);
    this.correct = params.correct === true || params.correct === 'true';
    this.feedbackCorrect = decodeText(params.feedbackCorrect);
    this.feedbackWrong = decodeText(params.feedbackWrong);
    this.answer = null; // true, false, or null while unanswered
  }
  Statement.prototype = Object.create(EventDispatcher.prototype);
  Statement.prototype.constructor = Statement;

  /** Used by H5P core as the statement's object.definition.name. */
  Statement.prototype.getTitle = function () {
    return H5P.createTitle ? H5P.createTitle(this.text) : this.text;
  };

  Statement.prototype.isAnswered = function () {
    return this.answer !== null;
  };

  Statement.prototype.isRight = function () {
    return this.answer !== null && this.answer === this.correct;
  };

  /** Send the "answered" statement of this question (scored 0 or 1). */
  Statement.prototype.triggerAnswered = function () {
    var right = this.isRight() ? 1 : 0;
    var event;
    var definition;
    this.libraryInfo = this.parent.libraryInfo;
    event = this.createXAPIEventTemplate('answered');
    definition = event.getVerifiedStatementValue(['object', 'definition']);
    if (definition) {
      definition.description = {'en-US': this.text};
      definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
      definition.interactionType = 'true-false';
      definition.correctResponsesPattern = [this.correct ? 'true' : 'false'];
    }
    event.setScoredResult(right, 1, this, true, right === 1);
    event.data.statement.result.response = this.answer ? 'true' : 'false';
    this.trigger(event);
  };

  /**
   * @param {object} params content.json
   * @param {string|number} contentId
   * @param {object} [extras] metadata, subContentId, parent...
   */
  function RightsCheck(params, contentId, extras) {
    var questions;
    var index;
    var key;
    EventDispatcher.call(this);
    params = params || {};
    extras = extras || {};
    this.contentId = contentId;
    this.extras = extras;
    this.intro = typeof params.intro === 'string' ? params.intro : '';
    this.l10n = {};
    for (key in DEFAULTS) {
      if (DEFAULTS.hasOwnProperty(key)) {
        this.l10n[key] = (params.l10n && typeof params.l10n[key] === 'string' &&
          params.l10n[key] !== '') ? decodeText(params.l10n[key]) : DEFAULTS[key];
      }
    }
    questions = Array.isArray(params.questions) ? params.questions : [];
    this.statements = [];
    for (index = 0; index < questions.length && index < MAX_STATEMENTS; index++) {
      this.statements.push(new Statement(this, index, questions[index]));
    }
    this.checked = false;
    this.uid = 'h5p-rights-check-' + (instanceCount += 1);
    // H5P core fills libraryInfo only when it is unset, and h5p-standalone 3.8 names a main
    // library without a minor version of 0 ("RightsPath.RightsCheck 1"), which would make it
    // "RightsPath.RightsCheck-1.undefined" in statements and file paths. This file is 1.0.
    this.libraryInfo = {
      versionedName: MACHINE_NAME + ' ' + VERSION,
      versionedNameNoSpaces: MACHINE_NAME + '-' + VERSION,
      machineName: MACHINE_NAME,
      majorVersion: 1,
      minorVersion: 0
    };
  }
  RightsCheck.prototype = Object.create(EventDispatcher.prototype);
  RightsCheck.prototype.constructor = RightsCheck;

  RightsCheck.prototype.getTitle = function () {
    var metadata = this.extras && this.extras.metadata;
    var title = metadata && metadata.title ? metadata.title : 'Rights check';
    return H5P.createTitle ? H5P.createTitle(title) : title;
  };

  /** Build the form inside ``$container`` (a jQuery object H5P core gives us). */
  RightsCheck.prototype.attach = function ($container) {
    var self = this;
    var root = element('div', 'h5p-rights-check');
    var intro;
    var list = element('div', 'h5p-rights-check-statements');
    var actions = element('div', 'h5p-rights-check-actions');
    var total = this.statements.length;

    if (this.intro) {
      intro = element('div', 'h5p-rights-check-intro');
      intro.innerHTML = this.intro; // sanitised on the server: <p>, <strong>, <em> only
      root.appendChild(intro);
    }

    this.rows = [];
    $.each(this.statements, function (position, statement) {
      self.rows.push(self.buildStatement(statement, position, total));
      list.appendChild(self.rows[position].fieldset);
    });
    root.appendChild(list);

    this.checkButton = element('button', 'h5p-rights-check-button h5p-rights-check-check',
      this.l10n.checkAnswer);
    this.checkButton.type = 'button';
    this.checkButton.addEventListener('click', function () {
      self.check();
    });
    this.retryButton = element('button', 'h5p-rights-check-button h5p-rights-check-retry',
      this.l10n.retry);
    this.retryButton.type = 'button';
    this.retryButton.hidden = true;
    this.retryButton.addEventListener('click', function () {
      self.resetTask();
      if (self.rows.length) {
        self.rows[0].buttons[0].focus();
      }
    });
    actions.appendChild(this.checkButton);
    actions.appendChild(this.retryButton);
    root.appendChild(actions);

    this.status = element('p', 'h5p-rights-check-status');
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    root.appendChild(this.status);

    $container.addClass('h5p-rights-check-container');
    $container.empty();
    $container[0].appendChild(root);
    this.root = root;
  };

  RightsCheck.prototype.buildStatement = function (statement, position, total) {
    var self = this;
    var id = this.uid + '-' + position;
    var fieldset = element('fieldset', 'h5p-rights-check-statement');
    var legend = element('legend', 'h5p-rights-check-legend');
    var choices = element('div', 'h5p-rights-check-choices');
    var feedback = element('p', 'h5p-rights-check-feedback');
    var row = {statement: statement, fieldset: fieldset, feedback: feedback, buttons: []};

    legend.appendChild(element('span', 'h5p-rights-check-number',
      fill(this.l10n.questionLabel, {'@number': position + 1, '@total': total})));
    legend.appendChild(element('span', 'h5p-rights-check-text', statement.text));
    fieldset.appendChild(legend);

    $.each([true, false], function (_, value) {
      var button = element('button', 'h5p-rights-check-choice',
        value ? self.l10n.trueLabel : self.l10n.falseLabel);
      button.type = 'button';
      button.setAttribute('aria-pressed', 'false');
      button.setAttribute('data-value', value ? 'true' : 'false');
      button.addEventListener('click', function () {
        self.choose(row, value);
      });
      row.buttons.push(button);
      choices.appendChild(button);
    });
    fieldset.appendChild(choices);

    feedback.id = id + '-feedback';
    feedback.hidden = true;
    fieldset.appendChild(feedback);
    return row;
  };

  RightsCheck.prototype.choose = function (row, value) {
    if (this.checked) {
      return;
    }
    if (this.activityStartTime === undefined && this.setActivityStarted) {
      this.setActivityStarted(); // "attempted", once per attempt, when the learner starts
    }
    row.statement.answer = value;
    $.each(row.buttons, function (_, button) {
      button.setAttribute('aria-pressed',
        button.getAttribute('data-value') === (value ? 'true' : 'false') ? 'true' : 'false');
    });
  };

  RightsCheck.prototype.lock = function (locked) {
    $.each(this.rows || [], function (_, row) {
      $.each(row.buttons, function (__, button) {
        button.disabled = locked;
      });
    });
  };

  /** Score every answered statement, show its feedback and send the xAPI statements. */
  RightsCheck.prototype.check = function () {
    var self = this;
    var score;
    var max = this.getMaxScore();
    var event;
    if (this.checked) {
      return;
    }
    this.checked = true;
    this.lock(true);
    $.each(this.rows, function (_, row) {
      self.showFeedback(row);
    });
    $.each(this.statements, function (_, statement) {
      if (statement.isAnswered()) {
        statement.triggerAnswered();
      }
    });
    score = this.getScore();
    this.status.textContent = fill(this.l10n.scoreText, {'@score': score, '@total': max});
    this.checkButton.hidden = true;
    this.retryButton.hidden = false;
    this.retryButton.focus();

    event = this.createXAPIEventTemplate('answered');
    event.setScoredResult(score, max, this, true, score === max);
    this.trigger(event);
    this.trigger('resize');
  };

  RightsCheck.prototype.showFeedback = function (row) {
    var statement = row.statement;
    var right;
    var explanation;
    row.fieldset.classList.remove('h5p-rights-check-is-right');
    row.fieldset.classList.remove('h5p-rights-check-is-wrong');
    if (!statement.isAnswered()) {
      row.feedback.hidden = true;
      row.feedback.textContent = '';
      return;
    }
    right = statement.isRight();
    explanation = right ? statement.feedbackCorrect : statement.feedbackWrong;
    row.feedback.textContent = '';
    row.feedback.appendChild(element('strong', 'h5p-rights-check-verdict',
      right ? this.l10n.correct : this.l10n.wrong));
    if (explanation) {
      row.feedback.appendChild(document.createTextNode(' ' + explanation));
    }
    row.feedback.hidden = false;
    row.fieldset.classList.add(right ? 'h5p-rights-check-is-right' : 'h5p-rights-check-is-wrong');
    row.fieldset.setAttribute('aria-describedby', row.feedback.id);
  };

  // --- The H5P question contract ---------------------------------------------------------

  RightsCheck.prototype.getScore = function () {
    var score = 0;
    $.each(this.statements, function (_, statement) {
      score += statement.isRight() ? 1 : 0;
    });
    return score;
  };

  RightsCheck.prototype.getMaxScore = function () {
    return this.statements.length;
  };

  RightsCheck.prototype.getAnswerGiven = function () {
    var given = false;
    $.each(this.statements, function (_, statement) {
      given = given || statement.isAnswered();
    });
    return given;
  };

  /** Mark the right answer of every statement and show why (no score is sent). */
  RightsCheck.prototype.showSolutions = function () {
    this.checked = true;
    this.lock(true);
    $.each(this.rows || [], function (_, row) {
      var statement = row.statement;
      $.each(row.buttons, function (__, button) {
        var isSolution = button.getAttribute('data-value') === (statement.correct ? 'true' : 'false');
        if (isSolution) {
          button.classList.add('h5p-rights-check-solution');
        }
      });
      row.feedback.textContent = statement.feedbackCorrect;
      row.feedback.hidden = !statement.feedbackCorrect;
      if (statement.feedbackCorrect) {
        row.fieldset.setAttribute('aria-describedby', row.feedback.id);
      }
    });
    if (this.checkButton) {
      this.checkButton.hidden = true;
      this.retryButton.hidden = false;
    }
    this.trigger('resize');
  };

  /** Back to the start: no answers, no feedback, buttons enabled. */
  RightsCheck.prototype.resetTask = function () {
    this.checked = false;
    this.activityStartTime = undefined;
    $.each(this.statements, function (_, statement) {
      statement.answer = null;
    });
    $.each(this.rows || [], function (_, row) {
      $.each(row.buttons, function (__, button) {
        button.setAttribute('aria-pressed', 'false');
        button.classList.remove('h5p-rights-check-solution');
      });
      row.feedback.hidden = true;
      row.feedback.textContent = '';
      row.fieldset.removeAttribute('aria-describedby');
      row.fieldset.classList.remove('h5p-rights-check-is-right');
      row.fieldset.classList.remove('h5p-rights-check-is-wrong');
    });
    this.lock(false);
    if (this.status) {
      this.status.textContent = '';
      this.checkButton.hidden = false;
      this.retryButton.hidden = true;
    }
    this.trigger('resize');
  };

  return RightsCheck;
})(H5P.jQuery, H5P.EventDispatcher);

// H5P core finds a content type's constructor by walking its machine name from window
// ("RightsPath.RightsCheck" -> window.RightsPath.RightsCheck): the same function, named twice.
window.RightsPath = window.RightsPath || {};
window.RightsPath.RightsCheck = H5P.RightsPathRightsCheck;

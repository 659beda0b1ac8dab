/*
 * Mentions while writing: in a text field with the class wr-mentions, "@" and two letters of a name or login offer
 * the people who match (/suggest/mentions: login, name or last name starting with what is typed), a list below the
 * field. Arrow keys move in it, Enter or Tab takes the person ("@anna.schmidt "), Escape closes it; a click takes one too. Screen
 * readers hear the highlighted person through aria-activedescendant and the number found through a live region.
 */
(function () {
    'use strict';

    var TYPED = /(^|[\s(\[{>"'„“])@([\p{L}\p{N}._-]{2,40})$/u;

    function attach(field, endpoint, labels) {
        var list = document.createElement('ul');
        list.id = field.id + '_mentions';
        list.className = 'wr-mention-list';
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', labels.list);
        list.hidden = true;
        var status = document.createElement('span');
        status.className = 'wr-visually-hidden';
        status.setAttribute('role', 'status');
        field.insertAdjacentElement('afterend', list);
        list.insertAdjacentElement('afterend', status);
        field.setAttribute('aria-controls', list.id);
        var timer = null;
        var asked = 0;
        var chosen = -1;
        var typed = null;

        function close() {
            list.hidden = true;
            list.replaceChildren();
            chosen = -1;
            typed = null;
            field.removeAttribute('aria-activedescendant');
        }

        function highlight(index) {
            var options = list.querySelectorAll('[role=option]');
            if (options.length === 0) {
                return;
            }
            chosen = (index + options.length) % options.length;
            options.forEach(function (option, i) {
                option.setAttribute('aria-selected', i === chosen ? 'true' : 'false');
            });
            field.setAttribute('aria-activedescendant', options[chosen].id);
            options[chosen].scrollIntoView({block: 'nearest'});
        }

        function take(login) {
            var end = field.selectionStart;
            var start = end - typed.length;
            var text = '@' + login + ' ';
            field.value = field.value.substring(0, start) + text + field.value.substring(end);
            field.selectionStart = field.selectionEnd = start + text.length;
            close();
            field.focus();
            field.dispatchEvent(new Event('keyup'));
        }

        function show(suggestions, mention) {
            list.replaceChildren();
            suggestions.forEach(function (suggestion, i) {
                var option = document.createElement('li');
                option.id = list.id + '_' + i;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.dataset.login = suggestion.value;
                option.textContent = suggestion.label;
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    take(option.dataset.login);
                });
                list.appendChild(option);
            });
            typed = mention;
            list.hidden = suggestions.length === 0;
            status.textContent = labels.found.replace('{0}', suggestions.length);
            if (suggestions.length > 0) {
                highlight(0);
            }
        }

        field.addEventListener('input', function () {
            clearTimeout(timer);
            var match = field.selectionStart === field.selectionEnd
                    ? TYPED.exec(field.value.substring(0, field.selectionStart))
                    : null;
            if (!match) {
                close();
                return;
            }
            var query = match[2];
            timer = setTimeout(function () {
                var number = ++asked;
                fetch(endpoint + '?query=' + encodeURIComponent(query), {
                    credentials: 'same-origin',
                    headers: {'Accept': 'application/json'}
                }).then(function (response) {
                    return response.ok ? response.json() : {suggestions: []};
                }).then(function (answer) {
                    if (number === asked) {
                        show(answer.suggestions, '@' + query);
                    }
                });
            }, 150);
        });

        field.addEventListener('keydown', function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                highlight(chosen + (event.key === 'ArrowDown' ? 1 : -1));
            } else if ((event.key === 'Enter' || event.key === 'Tab') && chosen >= 0) {
                event.preventDefault();
                take(list.querySelectorAll('[role=option]')[chosen].dataset.login);
            } else if (event.key === 'Escape') {
                event.preventDefault();
                close();
            }
        });

        field.addEventListener('blur', function () {
            setTimeout(close, 150);
        });
    }

    function attachAll() {
        var body = document.body;
        var endpoint = body.dataset.contextPath + '/suggest/mentions';
        var labels = {list: body.dataset.mentionsLabel, found: body.dataset.mentionsFound};
        document.querySelectorAll('textarea.wr-mentions').forEach(function (field) {
            if (!field.dataset.mentionsAttached) {
                field.dataset.mentionsAttached = 'true';
                attach(field, endpoint, labels);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', attachAll);
    } else {
        attachAll();
    }
    // fields that come with a partial update of the page
    document.addEventListener('pfAjaxComplete', attachAll);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', attachAll);
    }
})();

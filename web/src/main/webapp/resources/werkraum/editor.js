/*
 * The editors (posts, wiki pages, ideas): an uploaded image's Markdown goes where the cursor stood in the text, and the
 * preview follows.
 */
var werkraumEditor = {
    insertImage: function (textareaId, args) {
        if (!args || args.validationFailed || !args.imageMarkdown) {
            return;
        }
        var text = document.getElementById(textareaId);
        var start = text.selectionStart === undefined ? text.value.length : text.selectionStart;
        var end = text.selectionEnd === undefined ? start : text.selectionEnd;
        var before = text.value.substring(0, start);
        // a paragraph of its own: right below a table row or a list item, the image would join the table or list
        var gap = before.length === 0 || /\n\n$/.test(before) ? '' : /\n$/.test(before) ? '\n' : '\n\n';
        var snippet = gap + args.imageMarkdown + '\n\n';
        text.value = before + snippet + text.value.substring(end);
        text.selectionStart = text.selectionEnd = start + snippet.length;
        text.focus();
        text.dispatchEvent(new Event('keyup'));
    },

    /*
     * Tags already in use, offered while a tag is typed: the browser's own list (a datalist) under the chips' input,
     * filled from the suggestion endpoint a quarter of a second after the last key.
     */
    suggestTags: function (chipsId, endpoint) {
        var input = document.getElementById(chipsId + '_input');
        if (!input || input.getAttribute('list')) {
            return;
        }
        var list = document.createElement('datalist');
        list.id = chipsId + '_suggestions';
        input.parentNode.appendChild(list);
        input.setAttribute('list', list.id);
        input.setAttribute('autocomplete', 'off');
        var timer = null;
        input.addEventListener('input', function () {
            clearTimeout(timer);
            var typed = input.value.trim();
            if (typed.length < 2) {
                list.replaceChildren();
                return;
            }
            timer = setTimeout(function () {
                fetch(endpoint + '?query=' + encodeURIComponent(typed), {
                    credentials: 'same-origin',
                    headers: {'Accept': 'application/json'}
                }).then(function (response) {
                    return response.ok ? response.json() : {suggestions: []};
                }).then(function (answer) {
                    list.replaceChildren.apply(list, answer.suggestions.map(function (suggestion) {
                        var option = document.createElement('option');
                        option.value = suggestion.value;
                        return option;
                    }));
                });
            }, 250);
        });
    }
};

/*
 * A preview still waiting for its 400 ms when the form is sent must not go out after it: sent between the answer's
 * redirect and the next page, it would take that page's message ("The post is scheduled for …") for itself.
 */
document.addEventListener('submit', function () {
    var delays = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue.delays;
    for (var source in delays || {}) {
        clearTimeout(delays[source].timeout);
        delete delays[source];
    }
}, true);

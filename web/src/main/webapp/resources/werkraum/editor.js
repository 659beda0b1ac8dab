/* The post editor: an uploaded image's Markdown goes where the cursor stood in the text, and the preview follows. */
var werkraumEditor = {
    insertImage: function (textareaId, args) {
        if (!args || args.validationFailed || !args.imageMarkdown) {
            return;
        }
        var text = document.getElementById(textareaId);
        var start = text.selectionStart === undefined ? text.value.length : text.selectionStart;
        var end = text.selectionEnd === undefined ? start : text.selectionEnd;
        var before = text.value.substring(0, start);
        var snippet = (before.length > 0 && !/\n$/.test(before) ? '\n\n' : '') + args.imageMarkdown + '\n\n';
        text.value = before + snippet + text.value.substring(end);
        text.selectionStart = text.selectionEnd = start + snippet.length;
        text.focus();
        text.dispatchEvent(new Event('keyup'));
    }
};

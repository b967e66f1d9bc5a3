import { searchBureaus } from '../src/domain/bureau-search.js';
import { message } from '../src/render/chat-replies.js';
import { t } from '../src/render/i18n.js';
/** The `bureau` option shared by several commands: its definition, autocomplete and resolution by id or name. */
export function bureauOption(o) {
    return o
        .setName('bureau')
        .setNameLocalizations({ 'zh-CN': '单位' })
        .setDescription('Bureau name or id')
        .setDescriptionLocalizations({ 'zh-CN': '单位名称或编号' })
        .setRequired(true)
        .setAutocomplete(true);
}
export function bureauChoices(query, ctx) {
    return searchBureaus(query, ctx.catalog().bureaus, 25).map((b) => ({
        name: `${b.name}（${b.id}）`.slice(0, 100),
        value: b.id,
    }));
}
export function resolveBureau(query, ctx) {
    const matches = searchBureaus(query, ctx.catalog().bureaus, 10);
    const exact = matches.find((b) => b.id === query || b.name === query);
    if (exact)
        return { bureau: exact };
    if (matches.length === 1 && matches[0])
        return { bureau: matches[0] };
    if (matches.length === 0)
        return { reply: message(t(ctx.locale, 'unknownBureau', { q: query })) };
    const list = matches.map((b) => `${b.name}（${b.id}）`).join('、');
    return { reply: message(t(ctx.locale, 'ambiguousBureau', { q: query, list })) };
}
//# sourceMappingURL=bureau-option.js.map
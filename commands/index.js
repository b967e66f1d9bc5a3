import check from './check.js';
import digest from './digest.js';
import discover from './discover.js';
import exception from './exception.js';
import history from './history.js';
import rankings from './rankings.js';
import rates from './rates.js';
import score from './score.js';
import stale from './stale.js';
/**
 * Every slash command, checked once at load: a duplicate name, a missing zh-CN localization or a
 * manager-only command without default_member_permissions is a programming error, reported loudly.
 */
export function loadCommands(list = [rankings, score, stale, rates, history, check, digest, exception, discover]) {
    const commands = new Map();
    for (const c of list) {
        const name = c.data.name;
        if (commands.has(name))
            throw new Error(`commands: duplicate command name "${name}"`);
        if (!c.data.name_localizations?.['zh-CN'] || !c.data.description_localizations?.['zh-CN']) {
            throw new Error(`commands/${name}: missing zh-CN name or description`);
        }
        if (c.managerOnly && !c.data.default_member_permissions) {
            throw new Error(`commands/${name}: manager-only but registered for everyone`);
        }
        commands.set(name, c);
    }
    return commands;
}
//# sourceMappingURL=index.js.map
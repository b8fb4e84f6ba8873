package cn.certsift.common.cert;

import cn.certsift.common.text.Normalize;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The post→certificate table of {@code conf/posts.yml}: looks up a roster's post by its name or a
 * synonym, ignoring spaces and full-width characters.
 */
public final class PostCatalog implements Serializable {

    private final Map<String, PostRequirement> byName = new HashMap<>();

    public PostCatalog(List<PostRequirement> posts) {
        for (PostRequirement post : posts) {
            register(post.post(), post);
            post.synonyms().forEach(synonym -> register(synonym, post));
        }
    }

    public Optional<PostRequirement> lookup(String rosterPost) {
        String key = Normalize.text(rosterPost);
        return key == null ? Optional.empty() : Optional.ofNullable(byName.get(key));
    }

    private void register(String name, PostRequirement post) {
        String key = Normalize.text(name);
        PostRequirement earlier = byName.putIfAbsent(key, post);
        if (earlier != null && earlier != post) {
            throw new IllegalArgumentException("岗位“" + name + "”在岗位表中出现了两次（" + earlier.post() + "、" + post.post()
                    + "） / post '" + name + "' is listed twice in the post table");
        }
    }
}
